// A test-only ioctl interposer (hardware-testing.md, way 1). libevdev calls `ioctl`;
// this target defines `ioctl` in the test binary, answers the EVIOCG* requests for
// file descriptors (or FIFO paths) registered here from a recorded device
// description, keeps the "kernel" state that EVIOCGKEY / EVIOCGABS / EVIOCGMTSLOTS
// report (so SYN_DROPPED recovery reads real state), and passes every other fd to
// syscall(SYS_ioctl, …) untouched.
#ifndef TALON_CEVDEV_INTERPOSER_H
#define TALON_CEVDEV_INTERPOSER_H

#include <stdint.h>

/// Creates (or resets) a fake device description; returns its handle (>= 0) or -1.
int talon_ip_device_new(void);
/// Binds an open fd to the device (e.g. the read end of a pipe).
void talon_ip_bind_fd(int device, int fd);
/// Binds a path: any fd whose /proc/self/fd link is this path answers as the device.
void talon_ip_bind_path(int device, const char *path);
/// Forgets fd and path bindings of the device (its state stays until reset).
void talon_ip_unbind(int device);

void talon_ip_set_name(int device, const char *name);
void talon_ip_set_phys(int device, const char *phys);
void talon_ip_set_id(int device, uint16_t bustype, uint16_t vendor, uint16_t product, uint16_t version);
void talon_ip_set_prop(int device, uint16_t prop);
void talon_ip_enable(int device, uint16_t type, uint16_t code);
void talon_ip_set_absinfo(int device, uint16_t code, int32_t value, int32_t minimum, int32_t maximum,
                          int32_t fuzz, int32_t flat, int32_t resolution);

/// Applies an event to the device's kernel state the way the kernel's evdev would
/// (keys, abs values, the current MT slot), without writing it anywhere.
void talon_ip_apply(int device, uint16_t type, uint16_t code, int32_t value);

/// How many ioctl requests with this _IOC_NR the device answered.
int talon_ip_count(int device, int nr);
/// 1 while grabbed through EVIOCGRAB, 0 otherwise.
int talon_ip_grabbed(int device);
/// Makes EVIOCGRAB answer EBUSY, as when another program holds the grab.
void talon_ip_set_grab_busy(int device, int busy);

/// pipe2(O_NONBLOCK | O_CLOEXEC): a pipe for a fake device.
int talon_ip_pipe(int fds[2]);

/// _IOC_NR numbers worth counting from tests.
int talon_ip_nr_mtslots(void);
int talon_ip_nr_key(void);
int talon_ip_nr_grab(void);

#endif

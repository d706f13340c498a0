// Small inline C helpers for what Swift cannot call directly from libevdev and
// <linux/input.h>: macros (EVIOCGRAB, the input_event time fields) and constants.
#ifndef TALON_CEVDEV_SHIM_H
#define TALON_CEVDEV_SHIM_H

#include <libevdev/libevdev.h>
#include <linux/input.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <string.h>
#include <sys/inotify.h>
#include <time.h>
#include <unistd.h>

/// Seconds of an event's kernel timestamp (a macro in <linux/input.h>).
static inline long talon_event_sec(const struct input_event *ev) { return (long)ev->input_event_sec; }
/// Microseconds of an event's kernel timestamp.
static inline long talon_event_usec(const struct input_event *ev) { return (long)ev->input_event_usec; }

/// libevdev's read flags as plain ints.
static inline unsigned int talon_read_flag_normal(void) { return LIBEVDEV_READ_FLAG_NORMAL; }
static inline unsigned int talon_read_flag_sync(void) { return LIBEVDEV_READ_FLAG_SYNC; }
static inline int talon_read_status_success(void) { return LIBEVDEV_READ_STATUS_SUCCESS; }
static inline int talon_read_status_sync(void) { return LIBEVDEV_READ_STATUS_SYNC; }

/// EVIOCGRAB through libevdev (grab = 1, release = 0).
static inline int talon_evdev_grab(struct libevdev *dev, int grab) {
    return libevdev_grab(dev, grab ? LIBEVDEV_GRAB : LIBEVDEV_UNGRAB);
}

/// Open a device node read-only and non-blocking; returns the fd or -errno.
static inline int talon_open_device(const char *path) {
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    return fd < 0 ? -errno : fd;
}

/// Quiet libevdev's own logging: it prints to stderr by default.
static inline void talon_evdev_quiet(void) { libevdev_set_log_priority(LIBEVDEV_LOG_ERROR); }

/// inotify on a directory for device nodes coming and going; returns fd or -errno.
static inline int talon_inotify_watch_dir(const char *path, int *wd) {
    int fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (fd < 0) return -errno;
    int w = inotify_add_watch(fd, path, IN_CREATE | IN_DELETE | IN_ATTRIB | IN_MOVED_TO | IN_MOVED_FROM);
    if (w < 0) { int e = errno; close(fd); return -e; }
    if (wd) *wd = w;
    return fd;
}

/// Read and discard what an inotify fd holds; returns 1 if anything was read.
static inline int talon_inotify_drain(int fd) {
    char buf[4096] __attribute__((aligned(__alignof__(struct inotify_event))));
    int any = 0;
    for (;;) {
        ssize_t n = read(fd, buf, sizeof buf);
        if (n <= 0) break;
        any = 1;
    }
    return any;
}

/// CLOCK_REALTIME now, in microseconds (the clock evdev stamps events with by default).
static inline long long talon_realtime_usec(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (long long)ts.tv_sec * 1000000LL + ts.tv_nsec / 1000;
}

/// CLOCK_THREAD_CPUTIME_ID-free process CPU time in microseconds (user + system).
static inline long long talon_process_cpu_usec(void) {
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (long long)ts.tv_sec * 1000000LL + ts.tv_nsec / 1000;
}

/// A non-blocking pipe; returns 0 or -errno.
static inline int talon_pipe(int fds[2]) { return pipe2(fds, O_NONBLOCK | O_CLOEXEC) == 0 ? 0 : -errno; }

/// Writes one input_event stamped with CLOCK_REALTIME now; returns 0 or -errno.
static inline int talon_write_event_now(int fd, unsigned short type, unsigned short code, int value) {
    struct input_event ev;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    ev.input_event_sec = ts.tv_sec;
    ev.input_event_usec = ts.tv_nsec / 1000;
    ev.type = type; ev.code = code; ev.value = value;
    return write(fd, &ev, sizeof ev) == (ssize_t)sizeof ev ? 0 : -errno;
}

/// Reads whole input_events from a non-blocking fd: the kernel's evdev ABI without
/// libevdev. Returns the number read, 0 for none, -errno on error.
static inline int talon_read_raw_event(int fd, unsigned short *type, unsigned short *code, int *value,
                                       long *sec, long *usec) {
    struct input_event ev;
    ssize_t n = read(fd, &ev, sizeof ev);
    if (n < 0) return errno == EAGAIN ? 0 : -errno;
    if (n != (ssize_t)sizeof ev) return 0;
    *type = ev.type; *code = ev.code; *value = ev.value;
    *sec = (long)ev.input_event_sec; *usec = (long)ev.input_event_usec;
    return 1;
}

#endif

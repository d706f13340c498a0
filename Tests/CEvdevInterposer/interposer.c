// See include/CEvdevInterposer.h. Everything here is test support: the ioctl symbol
// lands in the one test binary shared by every test target, so unregistered fds must
// pass straight through to the kernel.
#define _GNU_SOURCE
#include "CEvdevInterposer.h"

#include <errno.h>
#include <linux/input.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <fcntl.h>

#define MAX_DEVICES 32
#define MAX_FDS 8
#define MAX_SLOTS 64
#define MT_CODES (ABS_MAX - ABS_MT_SLOT + 1)

struct fake_device {
    int used;
    int fds[MAX_FDS];
    char path[256];
    char name[256];
    char phys[256];
    int has_phys;
    struct input_id id;
    unsigned char props[INPUT_PROP_CNT / 8 + 1];
    unsigned char bits[EV_CNT][KEY_CNT / 8 + 1];
    unsigned char key_state[KEY_CNT / 8 + 1];
    unsigned char led_state[LED_CNT / 8 + 1];
    unsigned char sw_state[SW_CNT / 8 + 1];
    struct input_absinfo abs[ABS_CNT];
    int32_t mt[MT_CODES][MAX_SLOTS];
    int current_slot;
    int counts[256];
    int grabbed;
    int grab_busy;
};

static struct fake_device devices[MAX_DEVICES];
static int any_path;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static void set_bit(unsigned char *bits, int n) { bits[n / 8] |= (unsigned char)(1u << (n % 8)); }
static void clear_bit(unsigned char *bits, int n) { bits[n / 8] &= (unsigned char)~(1u << (n % 8)); }
static int test_bit(const unsigned char *bits, int n) { return (bits[n / 8] >> (n % 8)) & 1; }

static struct fake_device *dev_at(int d) {
    if (d < 0 || d >= MAX_DEVICES || !devices[d].used) return NULL;
    return &devices[d];
}

int talon_ip_device_new(void) {
    pthread_mutex_lock(&lock);
    int found = -1;
    for (int i = 0; i < MAX_DEVICES; i++) {
        if (!devices[i].used) { found = i; break; }
    }
    if (found >= 0) {
        memset(&devices[found], 0, sizeof devices[found]);
        devices[found].used = 1;
        for (int i = 0; i < MAX_FDS; i++) devices[found].fds[i] = -1;
        for (int c = 0; c < MT_CODES; c++)
            for (int s = 0; s < MAX_SLOTS; s++)
                devices[found].mt[c][s] = (c == ABS_MT_TRACKING_ID - ABS_MT_SLOT) ? -1 : 0;
        set_bit(devices[found].bits[EV_SYN], EV_SYN);
    }
    pthread_mutex_unlock(&lock);
    return found;
}

void talon_ip_bind_fd(int d, int fd) {
    pthread_mutex_lock(&lock);
    struct fake_device *dev = dev_at(d);
    if (dev) {
        for (int i = 0; i < MAX_FDS; i++) if (dev->fds[i] < 0) { dev->fds[i] = fd; break; }
    }
    pthread_mutex_unlock(&lock);
}

void talon_ip_bind_path(int d, const char *path) {
    pthread_mutex_lock(&lock);
    struct fake_device *dev = dev_at(d);
    if (dev) { snprintf(dev->path, sizeof dev->path, "%s", path); any_path = 1; }
    pthread_mutex_unlock(&lock);
}

void talon_ip_unbind(int d) {
    pthread_mutex_lock(&lock);
    struct fake_device *dev = dev_at(d);
    if (dev) { for (int i = 0; i < MAX_FDS; i++) dev->fds[i] = -1; dev->path[0] = 0; dev->used = 0; }
    pthread_mutex_unlock(&lock);
}

#define WITH_DEV(...) do { pthread_mutex_lock(&lock); struct fake_device *dev = dev_at(d); if (dev) { __VA_ARGS__; } pthread_mutex_unlock(&lock); } while (0)

void talon_ip_set_name(int d, const char *name) { WITH_DEV(snprintf(dev->name, sizeof dev->name, "%s", name)); }
void talon_ip_set_phys(int d, const char *phys) { WITH_DEV(snprintf(dev->phys, sizeof dev->phys, "%s", phys); dev->has_phys = 1); }
void talon_ip_set_id(int d, uint16_t bus, uint16_t vendor, uint16_t product, uint16_t version) {
    WITH_DEV(dev->id.bustype = bus; dev->id.vendor = vendor; dev->id.product = product; dev->id.version = version);
}
void talon_ip_set_prop(int d, uint16_t prop) { WITH_DEV(if (prop < INPUT_PROP_CNT) set_bit(dev->props, prop)); }
void talon_ip_enable(int d, uint16_t type, uint16_t code) {
    WITH_DEV(if (type < EV_CNT && code < KEY_CNT) { set_bit(dev->bits[0], type); set_bit(dev->bits[type], code); });
}
void talon_ip_set_absinfo(int d, uint16_t code, int32_t value, int32_t minimum, int32_t maximum,
                          int32_t fuzz, int32_t flat, int32_t resolution) {
    WITH_DEV(if (code < ABS_CNT) {
        dev->abs[code] = (struct input_absinfo){ value, minimum, maximum, fuzz, flat, resolution };
        set_bit(dev->bits[0], EV_ABS); set_bit(dev->bits[EV_ABS], code);
    });
}

static void apply_locked(struct fake_device *dev, uint16_t type, uint16_t code, int32_t value) {
    switch (type) {
    case EV_KEY:
        if (code < KEY_CNT) { if (value) set_bit(dev->key_state, code); else clear_bit(dev->key_state, code); }
        break;
    case EV_LED:
        if (code < LED_CNT) { if (value) set_bit(dev->led_state, code); else clear_bit(dev->led_state, code); }
        break;
    case EV_SW:
        if (code < SW_CNT) { if (value) set_bit(dev->sw_state, code); else clear_bit(dev->sw_state, code); }
        break;
    case EV_ABS:
        if (code >= ABS_CNT) break;
        if (code == ABS_MT_SLOT) { if (value >= 0 && value < MAX_SLOTS) dev->current_slot = value; }
        else if (code > ABS_MT_SLOT) { dev->mt[code - ABS_MT_SLOT][dev->current_slot] = value; }
        dev->abs[code].value = value;
        break;
    default:
        break;
    }
}

void talon_ip_apply(int d, uint16_t type, uint16_t code, int32_t value) { WITH_DEV(apply_locked(dev, type, code, value)); }

int talon_ip_count(int d, int nr) { int n = 0; WITH_DEV(if (nr >= 0 && nr < 256) n = dev->counts[nr]); return n; }
int talon_ip_grabbed(int d) { int g = 0; WITH_DEV(g = dev->grabbed); return g; }
void talon_ip_set_grab_busy(int d, int busy) { WITH_DEV(dev->grab_busy = busy); }
int talon_ip_nr_mtslots(void) { return _IOC_NR(EVIOCGMTSLOTS(0)); }
int talon_ip_nr_key(void) { return _IOC_NR(EVIOCGKEY(0)); }
int talon_ip_nr_grab(void) { return _IOC_NR(EVIOCGRAB); }

/// Finds the device for fd: a bound fd, or a bound path behind /proc/self/fd/N.
static struct fake_device *lookup_locked(int fd) {
    for (int i = 0; i < MAX_DEVICES; i++) {
        if (!devices[i].used) continue;
        for (int j = 0; j < MAX_FDS; j++) if (devices[i].fds[j] == fd) return &devices[i];
    }
    if (!any_path) return NULL;
    char link[64], target[256];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, target, sizeof target - 1);
    if (n <= 0) return NULL;
    target[n] = 0;
    for (int i = 0; i < MAX_DEVICES; i++) {
        if (devices[i].used && devices[i].path[0] && strcmp(devices[i].path, target) == 0) return &devices[i];
    }
    return NULL;
}

static int copy_out(void *arg, size_t size, const void *src, size_t len) {
    size_t n = len < size ? len : size;
    memset(arg, 0, size);
    memcpy(arg, src, n);
    return (int)n;
}

static int answer_locked(struct fake_device *dev, unsigned long request, void *arg) {
    if (_IOC_TYPE(request) != 'E') { errno = ENOTTY; return -1; }
    unsigned nr = _IOC_NR(request);
    size_t size = _IOC_SIZE(request);
    if (nr < 256) dev->counts[nr]++;
    if (_IOC_DIR(request) == _IOC_READ) {
        if (nr == 0x01) { int v = EV_VERSION; memcpy(arg, &v, sizeof v); return 0; }
        if (nr == 0x02) { memcpy(arg, &dev->id, sizeof dev->id); return 0; }
        if (nr == 0x03) { int rep[2] = { 250, 33 }; memcpy(arg, rep, sizeof rep); return 0; }
        if (nr == 0x06) { return copy_out(arg, size, dev->name, strlen(dev->name) + 1); }
        if (nr == 0x07) { if (!dev->has_phys) { errno = ENOENT; return -1; } return copy_out(arg, size, dev->phys, strlen(dev->phys) + 1); }
        if (nr == 0x08) { errno = ENOENT; return -1; }
        if (nr == 0x09) { return copy_out(arg, size, dev->props, sizeof dev->props); }
        if (nr == 0x0a) {
            int32_t *vals = arg;
            int32_t code = vals[0];
            if (code <= ABS_MT_SLOT || code >= ABS_CNT) { errno = EINVAL; return -1; }
            size_t nslots = size / sizeof(int32_t) - 1;
            for (size_t s = 0; s < nslots; s++) vals[s + 1] = s < MAX_SLOTS ? dev->mt[code - ABS_MT_SLOT][s] : 0;
            return 0;
        }
        if (nr == 0x18) return copy_out(arg, size, dev->key_state, sizeof dev->key_state);
        if (nr == 0x19) return copy_out(arg, size, dev->led_state, sizeof dev->led_state);
        if (nr == 0x1a) { memset(arg, 0, size); return 0; }
        if (nr == 0x1b) return copy_out(arg, size, dev->sw_state, sizeof dev->sw_state);
        if (nr >= 0x20 && nr < 0x20 + EV_CNT) {
            unsigned type = nr - 0x20;
            size_t have = type == 0 ? EV_CNT / 8 + 1 : sizeof dev->bits[type];
            return copy_out(arg, size, dev->bits[type], have);
        }
        if (nr >= 0x40 && nr < 0x40 + ABS_CNT) {
            struct input_absinfo info = dev->abs[nr - 0x40];
            if (nr - 0x40 == ABS_MT_SLOT) info.value = dev->current_slot;
            copy_out(arg, size, &info, sizeof info);
            return 0;
        }
    }
    if (nr == _IOC_NR(EVIOCGRAB) && _IOC_DIR(request) == _IOC_WRITE) {
        int want = (int)(long)arg;
        if (dev->grab_busy && want) { errno = EBUSY; return -1; }
        dev->grabbed = want ? 1 : 0;
        return 0;
    }
    if (_IOC_DIR(request) == _IOC_WRITE) return 0;  // EVIOCSCLOCKID, EVIOCSABS, …: accepted
    errno = EINVAL;
    return -1;
}

int ioctl(int fd, unsigned long request, ...) {
    va_list ap;
    va_start(ap, request);
    void *arg = va_arg(ap, void *);
    va_end(ap);

    pthread_mutex_lock(&lock);
    struct fake_device *dev = lookup_locked(fd);
    if (dev) {
        int rc = answer_locked(dev, request, arg);
        int saved = errno;
        pthread_mutex_unlock(&lock);
        errno = saved;
        return rc;
    }
    pthread_mutex_unlock(&lock);
    return (int)syscall(SYS_ioctl, fd, request, arg);
}

int talon_ip_pipe(int fds[2]) {
    return pipe2(fds, O_NONBLOCK | O_CLOEXEC);
}

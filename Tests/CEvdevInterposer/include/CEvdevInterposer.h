int talon_evdev_interposer_placeholder(void);

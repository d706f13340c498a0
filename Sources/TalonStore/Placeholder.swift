// TalonStore

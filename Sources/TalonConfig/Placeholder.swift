// TalonConfig

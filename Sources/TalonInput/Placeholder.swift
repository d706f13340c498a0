// TalonInput

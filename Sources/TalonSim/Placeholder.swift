// TalonSim

// TalonPrint

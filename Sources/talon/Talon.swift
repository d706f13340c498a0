@main struct Talon { static func main() {} }

/// The eight data-mask patterns; a module is inverted where the pattern's condition holds
/// (i is the row, j the column).
enum Mask: Int, Sendable, CaseIterable {
    case checkerboard = 0       // (i + j) mod 2 = 0
    case rows                   // i mod 2 = 0
    case thirdColumns           // j mod 3 = 0
    case diagonals              // (i + j) mod 3 = 0
    case blocks                 // (⌊i/2⌋ + ⌊j/3⌋) mod 2 = 0
    case products               // (ij) mod 2 + (ij) mod 3 = 0
    case productParity          // ((ij) mod 2 + (ij) mod 3) mod 2 = 0
    case mixedParity            // ((i + j) mod 2 + (ij) mod 3) mod 2 = 0

    func inverts(x j: Int, y i: Int) -> Bool {
        switch self {
        case .checkerboard: (i + j) % 2 == 0
        case .rows: i % 2 == 0
        case .thirdColumns: j % 3 == 0
        case .diagonals: (i + j) % 3 == 0
        case .blocks: (i / 2 + j / 3) % 2 == 0
        case .products: (i * j) % 2 + (i * j) % 3 == 0
        case .productParity: ((i * j) % 2 + (i * j) % 3) % 2 == 0
        case .mixedParity: ((i + j) % 2 + (i * j) % 3) % 2 == 0
        }
    }
}

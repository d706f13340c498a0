/// Rectangles for `count` buttons filling `area` in rows and columns: as few columns as
/// the orientation prefers, more when the rows would fall below the minimum height.
struct ButtonGrid {
    let metrics: KioskMetrics

    func cells(_ count: Int, in area: KioskRect, preferredColumns: Int? = nil) -> [KioskRect] {
        guard count > 0 else { return [] }
        let gap = metrics.gap
        var columns = preferredColumns ?? (metrics.portrait ? (count > 6 ? 2 : 1) : (count > 4 ? 3 : 2))
        columns = min(columns, count)
        func rowHeight(_ columns: Int) -> Double {
            let rows = Double((count + columns - 1) / columns)
            return (area.height - gap * (rows - 1)) / rows
        }
        while rowHeight(columns) < metrics.minimumTarget, columns < 4, columns < count { columns += 1 }
        let rows = (count + columns - 1) / columns
        let height = min(rowHeight(columns), metrics.maxButtonHeight)
        let width = (area.width - gap * Double(columns - 1)) / Double(columns)
        return (0..<count).map { i in
            let row = i / columns, column = i % columns
            // A last row that is not full is centred.
            let inRow = row == rows - 1 ? count - row * columns : columns
            let rowWidth = Double(inRow) * width + Double(inRow - 1) * gap
            let x0 = area.x + (area.width - rowWidth) / 2
            return KioskRect(x: x0 + Double(column) * (width + gap),
                             y: area.y + Double(row) * (height + gap),
                             width: width, height: height).rounded()
        }
    }
}

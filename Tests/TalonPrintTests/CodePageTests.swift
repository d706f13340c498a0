import Testing
@testable import TalonPrint

@Suite("Cyrillic code pages")
struct CodePageTests {
    @Test("CP866 puts А–п at 0x80–0xAF, р–я at 0xE0–0xEF, Ё/ё at 0xF0/0xF1")
    func cp866Layout() {
        #expect(CyrillicCodePage.cp866.encode("АЯапряЁё") == [0x80, 0x9F, 0xA0, 0xAF, 0xE0, 0xEF, 0xF0, 0xF1])
    }

    @Test("WPC1251 puts А–я at 0xC0–0xFF, Ё/ё at 0xA8/0xB8, «» and № native")
    func cp1251Layout() {
        #expect(CyrillicCodePage.wpc1251.encode("АяЁё«»№") == [0xC0, 0xFF, 0xA8, 0xB8, 0xAB, 0xBB, 0xB9])
    }

    @Test("Characters a page lacks get ASCII stand-ins", arguments: CyrillicCodePage.allCases)
    func fallbacks(page: CyrillicCodePage) {
        let encoded = page.encode("«x»—y")
        if page == .cp866 { #expect(encoded == Array("\"x\"-y".utf8)) }
        #expect(page.encode("日") == [UInt8(ascii: "?")])
    }

    @Test("Every Russian letter round-trips", arguments: CyrillicCodePage.allCases)
    func roundTrip(page: CyrillicCodePage) {
        let alphabet = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя"
        let bytes = page.encode(alphabet)
        #expect(bytes.count == alphabet.count)
        #expect(page.decode(bytes) == alphabet)
    }
}

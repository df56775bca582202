extension EN16931UnitTests {
    /// How many of the 1,140 official unit tests must agree at least: all of them.
    static let minimumAgreement = 1140
}

/// Month and weekday names for messages about dates.
public enum DateWords {
    public static func frenchMonth(_ month: Int) -> String { name(frenchMonths, month - 1) }
    public static func englishMonth(_ month: Int) -> String { name(englishMonths, month - 1) }
    /// The weekday of `index`, Monday 0 to Sunday 6.
    static func frenchWeekday(_ index: Int) -> String { name(frenchWeekdays, index) }
    static func englishWeekday(_ index: Int) -> String { name(englishWeekdays, index) }

    private static func name(_ names: [String], _ index: Int) -> String {
        names.indices.contains(index) ? names[index] : String(index)
    }

    private static let frenchMonths = [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre",
    ]
    private static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]
    private static let frenchWeekdays = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
    private static let englishWeekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
}

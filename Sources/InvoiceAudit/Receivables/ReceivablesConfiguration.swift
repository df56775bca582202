import InvoiceModel

/// The settings of `facturaudit aging` (`aging` in `facturaudit.json`).
public struct AgingConfiguration: Sendable, Hashable {
    /// The upper bounds, in days past the due date, of the overdue buckets before the last one:
    /// `[30, 60, 90]` gives 1–30, 31–60, 61–90 and over 90 days. Strictly increasing and positive.
    public var bucketLimits: [Int]
    /// The payment term, in days after the issue date, of an invoice without a due date. The
    /// default is 30 days, the term C. com. L441-10 I sets when the parties agreed none.
    public var defaultTermDays: Int
    /// The currency of documents that state none, as most CSV exports; the report marks them.
    public var defaultCurrency: String

    public init(bucketLimits: [Int] = [30, 60, 90], defaultTermDays: Int = 30, defaultCurrency: String = "EUR") {
        self.bucketLimits = bucketLimits
        self.defaultTermDays = defaultTermDays
        self.defaultCurrency = defaultCurrency
    }
}

/// The reminder plan of `facturaudit dunning` (`dunning` in `facturaudit.json`).
public struct DunningConfiguration: Sendable, Hashable {
    /// The steps in increasing ``DunningStep/afterDays``; an overdue invoice reaches every step
    /// whose delay has passed, and the report gives the highest.
    public var steps: [DunningStep]
    /// The late-payment penalty rate in percent a year for invoices that state none; `nil` uses
    /// the rate C. com. L441-10 II sets when nothing was agreed, the ECB main refinancing rate plus 10 points.
    public var penaltyRate: Amount?

    public init(
        steps: [DunningStep] = [DunningStep(afterDays: 7, level: .reminder), DunningStep(afterDays: 30, level: .formalNotice)],
        penaltyRate: Amount? = nil
    ) {
        self.steps = steps
        self.penaltyRate = penaltyRate
    }
}

/// One step of a reminder plan: the action due once an invoice is `afterDays` days past due.
public struct DunningStep: Sendable, Hashable {
    public var afterDays: Int
    public var level: DunningLevel

    public init(afterDays: Int, level: DunningLevel) {
        self.afterDays = afterDays
        self.level = level
    }
}

/// The kind of reminder a step sends, from the friendliest to the last before court.
public enum DunningLevel: String, Sendable, Hashable, CaseIterable, Comparable {
    /// A courtesy reminder that the invoice is past due (relance amiable).
    case reminder
    /// A second, firmer reminder that announces the next step (relance ferme).
    case finalReminder = "final-reminder"
    /// A formal notice to pay (mise en demeure), which makes the debt claimable in court.
    case formalNotice = "formal-notice"
    /// Handing the debt to collection or litigation (recouvrement contentieux).
    case collection

    public var label: LocalizedText {
        switch self {
        case .reminder: LocalizedText(fr: "relance amiable", en: "reminder")
        case .finalReminder: LocalizedText(fr: "relance ferme", en: "final reminder")
        case .formalNotice: LocalizedText(fr: "mise en demeure", en: "formal notice")
        case .collection: LocalizedText(fr: "recouvrement contentieux", en: "collection")
        }
    }

    public static func < (lhs: DunningLevel, rhs: DunningLevel) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}

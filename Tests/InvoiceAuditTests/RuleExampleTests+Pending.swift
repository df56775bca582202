import InvoiceAudit

extension RuleExampleTests {
    /// Rules whose example is still to write. Remove an id when its example lands; the test
    /// fails both when a rule outside this list has none and when a listed rule has one.
    static let examplesStillToWrite: Set<String> = [
        // EN 16931
        "BR-01", "BR-02", "BR-03", "BR-04", "BR-05", "BR-06", "BR-07", "BR-08", "BR-09", "BR-10", "BR-11", "BR-12",
        "BR-13", "BR-14", "BR-15", "BR-16", "BR-17", "BR-18", "BR-19", "BR-20", "BR-21", "BR-22", "BR-23", "BR-24",
        "BR-25", "BR-26", "BR-27", "BR-28", "BR-29", "BR-30", "BR-31", "BR-32", "BR-33", "BR-36", "BR-37", "BR-38",
        "BR-41", "BR-42", "BR-43", "BR-44", "BR-45", "BR-46", "BR-47", "BR-48", "BR-49", "BR-50", "BR-51", "BR-52",
        "BR-53", "BR-54", "BR-55", "BR-56", "BR-57", "BR-61", "BR-62", "BR-63", "BR-64", "BR-65", "BR-AE-01",
        "BR-AE-02", "BR-AE-03", "BR-AE-04", "BR-AE-05", "BR-AE-06", "BR-AE-07", "BR-AE-08", "BR-AE-09", "BR-AE-10",
        "BR-AF-01", "BR-AF-02", "BR-AF-03", "BR-AF-04", "BR-AF-05", "BR-AF-06", "BR-AF-07", "BR-AF-08", "BR-AF-09",
        "BR-AF-10", "BR-AG-01", "BR-AG-02", "BR-AG-03", "BR-AG-04", "BR-AG-05", "BR-AG-06", "BR-AG-07", "BR-AG-08",
        "BR-AG-09", "BR-AG-10", "BR-B-01", "BR-B-02", "BR-CL-01", "BR-CL-03", "BR-CL-04", "BR-CL-05", "BR-CL-06",
        "BR-CL-07", "BR-CL-08", "BR-CL-10", "BR-CL-11", "BR-CL-13", "BR-CL-14", "BR-CL-15", "BR-CL-16", "BR-CL-17",
        "BR-CL-18", "BR-CL-19", "BR-CL-20", "BR-CL-21", "BR-CL-22", "BR-CL-23", "BR-CL-24", "BR-CL-25", "BR-CL-26",
        "BR-CO-03", "BR-CO-04", "BR-CO-05", "BR-CO-06", "BR-CO-07", "BR-CO-08", "BR-CO-09", "BR-CO-10", "BR-CO-11",
        "BR-CO-12", "BR-CO-13", "BR-CO-14", "BR-CO-15", "BR-CO-16", "BR-CO-17", "BR-CO-18", "BR-CO-19", "BR-CO-20",
        "BR-CO-21", "BR-CO-22", "BR-CO-23", "BR-CO-24", "BR-CO-26", "BR-DEC-01", "BR-DEC-02", "BR-DEC-05",
        "BR-DEC-06", "BR-DEC-09", "BR-DEC-10", "BR-DEC-11", "BR-DEC-12", "BR-DEC-13", "BR-DEC-14", "BR-DEC-15",
        "BR-DEC-16", "BR-DEC-17", "BR-DEC-18", "BR-DEC-19", "BR-DEC-20", "BR-DEC-23", "BR-DEC-24", "BR-DEC-25",
        "BR-DEC-27", "BR-DEC-28", "BR-E-01", "BR-E-02", "BR-E-03", "BR-E-04", "BR-E-05", "BR-E-06", "BR-E-07",
        "BR-E-08", "BR-E-09", "BR-E-10", "BR-G-01", "BR-G-02", "BR-G-03", "BR-G-04", "BR-G-05", "BR-G-06", "BR-G-07",
        "BR-G-08", "BR-G-09", "BR-G-10", "BR-IC-01", "BR-IC-02", "BR-IC-03", "BR-IC-04", "BR-IC-05", "BR-IC-06",
        "BR-IC-07", "BR-IC-08", "BR-IC-09", "BR-IC-10", "BR-IC-11", "BR-IC-12", "BR-O-01", "BR-O-02", "BR-O-03",
        "BR-O-04", "BR-O-05", "BR-O-06", "BR-O-07", "BR-O-08", "BR-O-09", "BR-O-10", "BR-O-11", "BR-O-12", "BR-O-13",
        "BR-O-14", "BR-S-01", "BR-S-02", "BR-S-03", "BR-S-04", "BR-S-05", "BR-S-06", "BR-S-07", "BR-S-08", "BR-S-09",
        "BR-S-10", "BR-Z-01", "BR-Z-02", "BR-Z-03", "BR-Z-04", "BR-Z-05", "BR-Z-06", "BR-Z-07", "BR-Z-08", "BR-Z-09",
        "BR-Z-10", "UBL-DT-01", "UBL-DT-06", "UBL-DT-07", "UBL-SR-12", "UBL-SR-18", "UBL-SR-42", "UBL-SR-44",
        "UBL-SR-47",
        // French and ours
        "FA-CALC-01", "FA-CALC-02", "FA-CALC-03", "FA-CALC-04", "FA-CALC-05", "FR-CORR-01", "FR-CORR-02",
        "FR-CORR-03", "FR-CORR-04", "FR-CORR-05", "FR-CORR-06", "FR-CORR-07", "FR-CORR-08", "FR-CORR-09", "FR-DEP-01",
        "FR-DEP-02", "FR-DEP-03", "FR-DEP-04", "FR-DEP-05", "FR-DEP-06", "FR-DEP-07", "FR-EINV-01", "FR-EINV-02",
        "FR-EINV-03", "FR-EINV-04", "FR-ID-01", "FR-ID-02", "FR-MENT-01", "FR-MENT-02", "FR-MENT-04", "FR-MENT-05",
        "FR-MENT-07", "FR-MENT-08", "FR-MENT-09", "FR-MENT-10", "FR-MENT-16", "FR-MENT-17", "FR-MENT-21",
        "FR-MENT-22", "FR-NUM-08", "FR-PAY-01", "FR-PAY-02", "FR-PAY-03", "FR-PAY-04", "FR-REF-01", "FR-REF-02",
        "FR-SPEC-01", "FR-SPEC-02", "FR-SPEC-03", "FR-SPEC-04", "FR-SPEC-05", "FR-SPEC-06", "FR-SPEC-08",
        "FR-SPEC-10", "FR-STAT-02", "FR-STAT-03", "FR-STAT-04", "FR-STAT-05", "FR-STAT-06", "FR-STAT-07",
        "FR-TERM-01", "FR-TERM-02", "FR-TERM-03", "FR-TERM-04", "FR-VAT-01",
    ]
}

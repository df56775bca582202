import InvoiceAudit
import InvoiceModel
import Testing

/// The `aging` and `dunning` sections of `facturaudit.json`.
@Suite struct ReceivablesConfigurationTests {
    @Test func defaults() throws {
        let configuration = try ConfigurationTestSupport.load("{}")
        #expect(configuration.aging.bucketLimits == [30, 60, 90])
        #expect(configuration.aging.defaultTermDays == 30)
        #expect(configuration.aging.defaultCurrency == "EUR")
        #expect(configuration.dunning.steps.map(\.afterDays) == [7, 30])
        #expect(configuration.dunning.steps.map(\.level) == [.reminder, .formalNotice])
        #expect(configuration.dunning.penaltyRate == nil)
    }

    @Test func readsBothSections() throws {
        let configuration = try ConfigurationTestSupport.load(
            """
            {"aging": {"buckets": [15, 45], "defaultTermDays": 60, "defaultCurrency": "CHF"},
             "dunning": {"steps": [{"afterDays": 3, "level": "reminder"}, {"afterDays": 20, "level": "final-reminder"},
                                   {"afterDays": 60, "level": "collection"}], "penaltyRate": "12.5"}}
            """)
        #expect(configuration.aging.bucketLimits == [15, 45])
        #expect(configuration.aging.defaultTermDays == 60)
        #expect(configuration.aging.defaultCurrency == "CHF")
        #expect(configuration.dunning.steps.map(\.level) == [.reminder, .finalReminder, .collection])
        #expect(configuration.dunning.penaltyRate?.description == "12.5")
    }

    @Test(arguments: [
        (
            "{\"aging\": {\"buckets\": []}}", "aging.buckets",
            "empty list: give at least one limit in days, for example [30, 60, 90]",
            "liste vide : donnez au moins une borne en jours, par exemple [30, 60, 90]"
        ),
        (
            "{\"aging\": {\"buckets\": [30, 30]}}", "aging.buckets[1]",
            "limit 30 after 30: write the limits in increasing order without repeats, for example [30, 60, 90]",
            "borne 30 après 30 : écrivez les bornes en ordre croissant, sans doublon, par exemple [30, 60, 90]"
        ),
        (
            "{\"aging\": {\"buckets\": [0]}}", "aging.buckets[0]", "expected an integer from 1 to 3650, found 0",
            "attendu un entier de 1 à 3650, trouvé 0"
        ),
        (
            "{\"aging\": {\"bucket\": [30]}}", "aging.bucket",
            "unknown key (did you mean 'buckets'?): keys allowed here are buckets, defaultCurrency, defaultTermDays",
            "clé inconnue (vouliez-vous dire 'buckets' ?) : clés possibles ici buckets, defaultCurrency, defaultTermDays"
        ),
        (
            "{\"aging\": {\"defaultCurrency\": \"eur\"}}", "aging.defaultCurrency",
            "unknown currency 'eur': write an upper-case ISO 4217 code, for example \"EUR\"",
            "devise 'eur' inconnue : écrivez un code ISO 4217 en majuscules, par exemple \"EUR\""
        ),
        (
            "{\"dunning\": {\"steps\": [{\"afterDays\": 7, \"level\": \"letter\"}]}}", "dunning.steps[0].level",
            "invalid value 'letter': expected one of reminder, final-reminder, formal-notice, collection",
            "valeur 'letter' invalide : valeurs possibles reminder, final-reminder, formal-notice, collection"
        ),
        (
            "{\"dunning\": {\"steps\": [{\"afterDays\": 30, \"level\": \"reminder\"}, {\"afterDays\": 7, \"level\": \"formal-notice\"}]}}",
            "dunning.steps[1].afterDays",
            "delay of 7 days after a step at 30 days: order the steps by increasing delay",
            "délai de 7 jours après une étape à 30 jours : rangez les étapes par délai croissant"
        ),
        (
            "{\"dunning\": {\"steps\": [{\"level\": \"reminder\"}]}}", "dunning.steps[0]",
            "keys 'afterDays' and 'level' are required", "les clés 'afterDays' et 'level' sont obligatoires"
        ),
        (
            "{\"dunning\": {\"penaltyRate\": -3}}", "dunning.penaltyRate",
            "expected a positive number such as 2.62 or \"2.62\", found -3",
            "attendu un nombre positif comme 2.62 ou \"2.62\", trouvé -3"
        ),
        (
            "{\"aging\": {\"buckets\": [1e400]}}", "",
            "number '1e400' on line 1 is too large to read: correct the value",
            "nombre '1e400' trop grand pour être lu, ligne 1 : corrigez la valeur"
        ),
        (
            "{\"dunning\": {\"penaltyRate\": \"0\"}}", "dunning.penaltyRate",
            "rate '0' out of range: give a yearly rate in percent, above 0 and at most 100, for example \"12.15\"",
            "taux '0' hors limites : donnez un taux annuel en pour cent, supérieur à 0 et au plus 100, par exemple \"12.15\""
        ),
        (
            "{\"dunning\": {\"penaltyRate\": 1000000}}", "dunning.penaltyRate",
            "rate '1000000' out of range: give a yearly rate in percent, above 0 and at most 100, for example \"12.15\"",
            "taux '1000000' hors limites : donnez un taux annuel en pour cent, supérieur à 0 et au plus 100, par exemple \"12.15\""
        ),
    ])
    func rejectsInvalidValues(json: String, keyPath: String, english: String, french: String) throws {
        let error = try #require(ConfigurationTestSupport.rejection(json))
        #expect(error.keyPath == keyPath)
        #expect(error.message.en == english)
        #expect(error.message.fr == french)
    }
}

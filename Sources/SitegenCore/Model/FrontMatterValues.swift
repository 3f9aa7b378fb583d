/// A cited quote of a programme.
struct Quote: Sendable {
    var text: String
    var source: String?
}

/// A period with a start and an end date.
struct DatePeriod: Sendable {
    var start: CalendarDate?
    var end: CalendarDate?
}

/// A named contact person of a programme.
struct Contact: Sendable {
    var name: String
    var title: String?
    var email: String?
    var phone: String?
}

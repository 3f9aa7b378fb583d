/// A cited quote of a programme.
public struct Quote: Sendable {
    public var text: String
    public var source: String?
}

/// A period with a start and an end date.
public struct DatePeriod: Sendable {
    public var start: CalendarDate?
    public var end: CalendarDate?
}

/// A named contact person of a programme.
public struct Contact: Sendable {
    public var name: String
    public var title: String?
    public var email: String?
    public var phone: String?
}

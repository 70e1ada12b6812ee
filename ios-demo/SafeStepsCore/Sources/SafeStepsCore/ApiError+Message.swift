// Written by hand, next to the generated SafeStepsCore.swift.

extension ApiError {
    /// The message for people that every error from the core carries.
    ///
    /// The generated `errorDescription` is a debug dump (`String(reflecting:)`), so apps
    /// show this instead.
    public var message: String {
        switch self {
        case .NotFound(let message),
             .InvalidInput(let message),
             .ContentInvalid(let message),
             .Storage(let message),
             .DatabaseTooNew(let message),
             .DatabaseCorrupt(let message),
             .ForeignDatabase(let message),
             .DatabaseReadOnly(let message),
             .Locked(let message):
            return message
        }
    }
}

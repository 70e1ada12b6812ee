// Written by hand, next to the generated SafeStepsCore.swift.

extension ApiError {
    /// The message for people that every error from the core carries, in the app's
    /// language (`info().text`). The generated `errorDescription` is a debug dump
    /// (`String(reflecting:)`), so apps show this instead; `info().code` and `reason` are
    /// stable for branching, `detail` is English for logs.
    public var message: String {
        info().text
    }
}

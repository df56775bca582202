import InvoiceModel

/// The process exit codes CI can act on.
enum ExitStatus: Int32 {
    /// Nothing at or above the `--fail-on` level.
    case success = 0
    /// At least one finding at or above the `--fail-on` level.
    case findings = 1
    /// An input could not be read: a missing path, an unreadable file, a rejected record.
    case inputFailure = 2
    /// A bad option or argument (EX_USAGE).
    case usage = 64
}

/// A usage error: the message is printed with a line naming the help to read, then the tool exits 64.
struct UsageError: Error {
    let message: LocalizedText
    /// Whether the error is about the command name, so the help to read is the list of commands.
    var aboutCommands = false
}

/// A failure that stops the tool with exit code 2 (for example an unwritable output file).
struct ToolFailure: Error {
    let message: LocalizedText
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

let status = await CommandLineTool.run(arguments: PathBytes.commandLineArguments())
exit(status.rawValue)

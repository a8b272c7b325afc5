import CarepathApp

/// The `carepath` executable: everything it does lives in `CarepathApp`.
@main
enum Entrypoint {
    static func main() async {
        await CarepathCommand.runFromCommandLine()
    }
}

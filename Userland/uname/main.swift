// uname(1): -s kernel name (default), -n node name, -r release, -v version, -m machine,
// -a all of them in that order (GNU prints the same fields for -a on Linux: s n r v m,
// plus "GNU/Linux"; we print the five uname(2) gives).
import Runtime
import UtilKit

@main struct Uname: Program {
    static func run(_ arguments: [String], _ environment: [String]) -> Int32 {
        let tool = Tool(arguments, usage: "[-asnrvm]")
        var bad = ""
        guard let options = Options(Array(arguments.dropFirst()), allowed: "asnrvmpio", bad: &bad) else {
            return tool.usageError("invalid option -- '" + bad + "'")
        }
        guard options.operands.isEmpty else { return tool.usageError("extra operand '" + options.operands[0] + "'") }
        let name: SystemName
        do { name = try uname() } catch {
            tool.complain("cannot get system name: " + errnoText(error))
            return 1
        }
        let all = options.has("a")
        var fields: [String] = []
        if all || options.has("s") || options.letters.isEmpty { fields.append(name.sysname) }
        if all || options.has("n") { fields.append(name.nodename) }
        if all || options.has("r") { fields.append(name.release) }
        if all || options.has("v") { fields.append(name.version) }
        if all || options.has("m") { fields.append(name.machine) }
        print(fields.joined(separator: " "))
        return 0
    }
}

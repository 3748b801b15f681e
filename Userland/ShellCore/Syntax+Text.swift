// Commands written back as text, as `jobs` and `fg` show a job, laid out as dash's cmdtxt
// does: words and redirections with their descriptor ("1>/tmp/x", "2>&1"), quoted text in
// double quotes, parameters braced ("${HOME}"), a function's body as "{ ... }", and
// compound commands whole ("while true; do sleep 1; done"). Where dash's text loses what
// was typed, this keeps it: assignments, a command substitution's commands, every pattern
// of a case item, `&` inside a list, `{ }`, `elif`, and `for name` without `in`.

/// The text of an and-or list.
public func commandText(_ list: AndOrList) -> String {
    var text = pipelineText(list.first)
    for next in list.rest { text += (next.connector == .and ? " && " : " || ") + pipelineText(next.pipeline) }
    return text
}

private func pipelineText(_ pipeline: Pipeline) -> String {
    var text = pipeline.negated ? "!" : ""
    for (i, command) in pipeline.commands.enumerated() { text += (i == 0 ? "" : " | ") + commandText(command) }
    return text
}

func commandText(_ command: Command) -> String {
    switch command {
    case .simple(let simple):
        return joinedWithSpaces(simple.assignments.map { $0.name + "=" + wordText($0.value) }
                                + simple.words.map(wordText) + simple.redirections.map(redirectionText))
    case .subshell(let items, let redirections):
        return joinedWithSpaces(["(" + itemsText(items) + ")"] + redirections.map(redirectionText))
    case .compound(let compound, let redirections):
        return joinedWithSpaces([compoundText(compound)] + redirections.map(redirectionText))
    case .function(let name, _): return name + "() { ... }"
    }
}

private func compoundText(_ compound: CompoundCommand) -> String {
    switch compound {
    case .group(let items): return "{ " + itemsText(items) + "; }"
    case .ifClause(let branches, let elseBody):
        var text = ""
        for (i, branch) in branches.enumerated() {
            text += (i == 0 ? "if " : "; elif ") + itemsText(branch.condition) + "; then " + itemsText(branch.body)
        }
        if let elseBody { text += "; else " + itemsText(elseBody) }
        return text + "; fi"
    case .loop(let kind, let condition, let body):
        return (kind == .whileLoop ? "while " : "until ") + itemsText(condition) + "; do " + itemsText(body) + "; done"
    case .forLoop(let name, let words, let body, _):
        let list = words.map { " in" + $0.map { " " + wordText($0) }.joined() } ?? ""
        return "for " + name + list + "; do " + itemsText(body) + "; done"
    case .caseClause(let word, let items):
        var text = "case " + wordText(word) + " in "
        for item in items {
            text += item.patterns.map(wordText).joined(separator: "|") + ") " + itemsText(item.body) + ";; "
        }
        return text + "esac"
    }
}

private func itemsText(_ items: [ListItem]) -> String {
    var text = ""
    for (i, item) in items.enumerated() { text += (i == 0 ? "" : "; ") + commandText(item.command) + (item.background ? " &" : "") }
    return text
}

private func redirectionText(_ redirection: Redirection) -> String {
    let target = wordText(redirection.target)
    switch redirection.kind {
    case .input: return String(redirection.descriptor) + "<" + target
    case .output: return String(redirection.descriptor) + ">" + target
    case .append: return String(redirection.descriptor) + ">>" + target
    case .clobber: return String(redirection.descriptor) + ">|" + target
    case .duplicateOutput: return String(redirection.descriptor) + ">&" + target
    case .duplicateInput: return String(redirection.descriptor) + "<&" + target
    case .readWrite: return String(redirection.descriptor) + "<>" + target
    case .hereDocument: return String(redirection.descriptor) + "<<..."
    }
}

/// A word as dash shows it: a run of quoted parts inside one pair of double quotes.
func wordText(_ word: Word) -> String {
    var text = ""
    var inQuotes = false
    for part in word.parts {
        let (piece, quoted) = partText(part)
        if quoted != inQuotes {
            text += "\""
            inQuotes = quoted
        }
        text += piece
    }
    return inQuotes ? text + "\"" : text
}

private func partText(_ part: WordPart) -> (String, quoted: Bool) {
    switch part {
    case .literal(let t, let quoted): return (t, quoted)
    case .parameter(let name, let modifier, let quoted): return (parameterText(name, modifier), quoted)
    case .commandSubstitution(let items, let quoted): return ("$(" + itemsText(items) + ")", quoted)
    case .arithmetic(let expression, let quoted):
        // The expression is read as if double-quoted; its quoting is not what was typed.
        var inner = ""
        for piece in expression.parts { inner += partText(piece).0 }
        return ("$((" + inner + "))", quoted)
    }
}

private func parameterText(_ name: String, _ modifier: ParameterModifier) -> String {
    func with(_ op: String, _ word: Word) -> String { "${" + name + op + wordText(word) + "}" }
    switch modifier {
    case .none: return "${" + name + "}"
    case .length: return "${#" + name + "}"
    case .defaultValue(let w, let colon): return with(colon ? ":-" : "-", w)
    case .alternative(let w, let colon): return with(colon ? ":+" : "+", w)
    case .assignDefault(let w, let colon): return with(colon ? ":=" : "=", w)
    case .errorIfUnset(let w, let colon): return with(colon ? ":?" : "?", w)
    case .removePrefix(let w, let longest): return with(longest ? "##" : "#", w)
    case .removeSuffix(let w, let longest): return with(longest ? "%%" : "%", w)
    }
}

private func joinedWithSpaces(_ pieces: [String]) -> String {
    var text = ""
    for (i, p) in pieces.enumerated() { text += (i == 0 ? "" : " ") + p }
    return text
}

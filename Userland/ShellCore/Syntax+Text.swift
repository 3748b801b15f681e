// Commands written back as text, as `fg` and `jobs` show a job ("sleep 2 | cat"). Close to
// what was typed, not exact: quoting is not kept and compound bodies are summed up.

/// The text of an and-or list.
public func commandText(_ list: AndOrList) -> String {
    var text = pipelineText(list.first)
    for next in list.rest { text += (next.connector == .and ? " && " : " || ") + pipelineText(next.pipeline) }
    return text
}

private func pipelineText(_ pipeline: Pipeline) -> String {
    var text = pipeline.negated ? "! " : ""
    for (i, command) in pipeline.commands.enumerated() { text += (i == 0 ? "" : " | ") + commandText(command) }
    return text
}

private func commandText(_ command: Command) -> String {
    switch command {
    case .simple(let simple):
        var pieces: [String] = []
        for a in simple.assignments { pieces.append(a.name + "=" + wordText(a.value)) }
        for w in simple.words { pieces.append(wordText(w)) }
        for r in simple.redirections { pieces.append(String(r.descriptor) + ">" + wordText(r.target)) }
        return joinedWithSpaces(pieces)
    case .subshell(let items, _): return "(" + itemsText(items) + ")"
    case .compound(let compound, _):
        switch compound {
        case .group(let items): return "{ " + itemsText(items) + "; }"
        case .ifClause: return "if ...; fi"
        case .loop(let kind, _, _): return (kind == .whileLoop ? "while" : "until") + " ...; done"
        case .forLoop(let name, _, _, _): return "for " + name + " ...; done"
        case .caseClause(let word, _): return "case " + wordText(word) + " in ...; esac"
        }
    case .function(let name, _): return name + "() ..."
    }
}

private func itemsText(_ items: [ListItem]) -> String {
    var text = ""
    for (i, item) in items.enumerated() { text += (i == 0 ? "" : "; ") + commandText(item.command) + (item.background ? " &" : "") }
    return text
}

/// A word with its expansions written as `$name`, `${name...}`, `$(...)`, `$((...))`.
func wordText(_ word: Word) -> String {
    var text = ""
    for part in word.parts {
        switch part {
        case .literal(let t, _): text += t
        case .parameter(let name, let modifier, _): text += modifier == .none ? "$" + name : "${" + name + "...}"
        case .commandSubstitution(let items, _): text += "$(" + itemsText(items) + ")"
        case .arithmetic(let expression, _): text += "$((" + wordText(expression) + "))"
        }
    }
    return text
}

private func joinedWithSpaces(_ pieces: [String]) -> String {
    var text = ""
    for (i, p) in pieces.enumerated() { text += (i == 0 ? "" : " ") + p }
    return text
}

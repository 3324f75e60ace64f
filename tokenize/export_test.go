package tokenize

// RuneCount exposes runeCount to the tests of package tokenize_test.
var RuneCount = runeCount[string]

// LetterOrMark exposes letterOrMark to the tests of package tokenize_test.
var LetterOrMark = letterOrMark

// LineWindow exposes lineWindow, so that the window-edge test follows it.
const LineWindow = lineWindow

// OpensClause exposes opensClause, whose first-letter shortcut must agree
// with folding the word.
var OpensClause = opensClause

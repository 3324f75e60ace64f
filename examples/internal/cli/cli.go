package cli

import (
	"flag"
	"os"
	"strings"
)

// LateFlag finds a flag among the arguments left after fs.Parse(args):
// Go's flag package stops at the first argument that is not a flag, so in
// «summarize a.txt -words 30» the program would read «-words» and «30» as
// files and run without the flag, and a misspelt one («-wrods») as a file
// that is not there, with no word of the flags. A name after «--», one
// that names a file that is there, and «-» (standard input) are files'.
func LateFlag(fs *flag.FlagSet, args []string) (string, bool) {
	rest := fs.Args()
	if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
		return "", false
	}
	for _, a := range rest {
		if !strings.HasPrefix(a, "-") || strings.Trim(a, "-") == "" {
			continue
		}
		if _, err := os.Stat(a); err != nil {
			return a, true
		}
	}
	return "", false
}

// Command beam summarizes a corpus with talkhis on an Apache Beam runner:
// Prism on this machine by default; Dataflow, Flink or Spark with their
// flags (see the README).
//
//	go run . --records 'corpus/*.jsonl' --output out/summaries --dead out/dead
//	go run . --files 'articles/*.txt' --output out/summaries --dead out/dead
//	go run . --files 'crawl/*.warc.wet.gz' --language ar --output out/summaries --dead out/dead
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/talkhis/talkhis/examples/beam/pipeline"
	"github.com/talkhis/talkhis/examples/internal/cli"
	"github.com/talkhis/talkhis/tokenize"
)

// main gives Go's collector a soft limit under a container's memory
// first (cli.LimitMemory), in the worker too, which runs this binary: in a
// cgroup of 512 MiB, two records of 30 MB got a local run killed by the
// kernel, which the collector, told of the limit, kept under.
func main() {
	cli.LimitMemory(cli.Machine())
	os.Exit(run())
}

func run() int {
	var cfg pipeline.Config
	flag.StringVar(&cfg.Records, "records", "", "glob of JSON Lines files, one {\"id\", \"text\", \"title\"?} a line")
	flag.StringVar(&cfg.Files, "files", "", "glob of files, each one document (its path is its id)")
	flag.StringVar(&cfg.Output, "output", "summaries", "prefix of the summary files")
	flag.StringVar(&cfg.Dead, "dead", "dead", "prefix of the dead-letter files")
	flag.IntVar(&cfg.Shards, "shards", 4, "files per output, each written by its own worker")
	flag.IntVar(&cfg.Options.MaxSentences, "sentences", 0, "at most this many sentences (0: 3)")
	flag.IntVar(&cfg.Options.MaxWords, "words", 0, "about this many words (0: 100)")
	flag.Float64Var(&cfg.Options.Ratio, "ratio", 0, "at most this fraction of the sentences (0: no cap)")
	flag.IntVar(&cfg.Options.MaxBytes, "max-bytes", 0, "longest record, file or article of a file read a piece at a time, in bytes (0: 64 MiB; negative: no bound)")
	language := flag.String("language", "", "keep only the articles of --files whose main language, as their file names it (Common Crawl's WET: «ara»; a CMS's JSON: «ar», «ar-SA», «arabic»), is one of these ISO 639 codes or names, comma-separated; an article whose file names none is kept")
	flag.Parse()
	beam.Init()
	if flag.NArg() > 0 {
		// The shell expanded an unquoted glob: the flag took its first file
		// and the rest would be passed over without a word.
		fmt.Fprintf(os.Stderr, "beam: unexpected argument %q: quote a glob (--records 'corpus/*.jsonl') so that the shell passes it whole\n", flag.Arg(0))
		return 2
	}
	languages, err := tokenize.ParseLanguages(*language)
	if err != nil {
		fmt.Fprintf(os.Stderr, "beam: --language %q: %v\n", *language, err)
		return 2
	}
	cfg.Options.Languages = languages

	p, s := beam.NewPipelineWithRoot()
	if err := pipeline.Build(s, cfg); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	if err := pipeline.CheckInputs(context.Background(), cfg); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	restore, err := pipeline.OwnTempDir()
	if err != nil {
		fmt.Fprintln(os.Stderr, "beam:", err)
		return 1
	}
	defer restore()
	res, err := beamx.RunWithMetrics(context.Background(), p)
	if err != nil {
		fmt.Fprintln(os.Stderr, "beam:", err)
		return 1
	}
	if res != nil {
		for _, c := range res.Metrics().AllMetrics().Counters() {
			if c.Key.Namespace == "talkhis" {
				fmt.Fprintf(os.Stderr, "%s %s: %d\n", c.Key.Step, c.Key.Name, c.Result())
			}
		}
	}
	return 0
}

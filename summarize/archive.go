package summarize

import (
	"archive/tar"
	"archive/zip"
	"compress/bzip2"
	"compress/flate"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"path"
	"strconv"
	"strings"

	"github.com/talkhis/talkhis/tokenize"
)

// IsPacked reports whether a file that opens with head is compressed
// (gzip, bzip2, zstd) or an archive of files (ZIP, as a .docx is too, or tar):
// bytes that no encoding of text decodes, which Articles unpacks. head is
// the file's first bytes, 263 or more to tell a tar. A program that
// decodes its input from another encoding (the command's -encoding) asks
// it first: decoded, such a file is garbage.
func IsPacked(head []byte) bool {
	h := string(head)
	return compression(h) != "" || strings.HasPrefix(h, "PK\x03\x04") || strings.HasPrefix(h, "PK\x05\x06") || archive(h) == "tar"
}

// archive names the archive of files text is, by its signature: "ZIP"
// or "tar" (POSIX's ustar or GNU's, its magic at byte 257), or "" for
// neither; "office" for a ZIP archive that is a word processor's document
// (tokenize.IsOffice), whose files are one document. Corpora come so: a
// directory of a text file an article (EASC's Articles/Article001/…),
// passed on as a ZIP archive or a tarball. A ZIP archive's directory is
// read once here: for an archive of 30,000 files, some 11 ms.
func archive(text string) string {
	switch {
	case strings.HasPrefix(text, "PK\x05\x06"): // an empty one
		return "ZIP"
	case strings.HasPrefix(text, "PK\x03\x04") && zipEnd(text):
		switch {
		case tokenize.IsOffice(text):
			return "office"
		case tokenize.IsSheet(text):
			return "sheet"
		}
		return "ZIP"
	case len(text) >= 263 && text[257:262] == "ustar" && (text[262] == 0 || text[262] == ' '):
		return "tar"
	}
	return ""
}

// archiveArticles returns the articles of the files in an archive of kind
// (see archive), in the archive's order (see filesArticles), the files,
// inflated, read up to ByteLimit in all: a small archive of gigabytes is
// refused once past it.
func (s *Summarizer) archiveArticles(text, kind string) ([]tokenize.Article, error) {
	read := s.withinInAll()
	files := tarFiles(strings.NewReader(text), read)
	if kind == "ZIP" {
		z, err := zip.NewReader(strings.NewReader(text), int64(len(text)))
		if err != nil {
			return nil, fmt.Errorf("%w: the ZIP archive is damaged (%v); its list of files is at its end", ErrDocument, err)
		}
		files = zipFiles(z, read)
	}
	var articles []tokenize.Article
	for a, err := range s.filesArticles(files) {
		if err != nil {
			return nil, err
		}
		articles = append(articles, a)
	}
	return articles, nil
}

// filesArticles yields the articles of files, an archive's, in order, each
// file read as Articles reads a file, its name its ID
// («EASC/Topic1/doc1.txt»), or of a file of several articles, its name and
// the article's own ID or its place («news/feed.xml#g1»,
// «news/feed.xml#2»). A file Articles refuses (text in another encoding, a
// picture, an archive inside the archive) is an article of its bytes, so
// that Summarize says what it is and the others are still read; an
// archive inside is not opened, so that no archive holds another without
// end. It ends with files' error, or ErrNoSentences for an archive of
// directories alone.
func (s *Summarizer) filesArticles(files iter.Seq2[archived, error]) iter.Seq2[tokenize.Article, error] {
	return func(yield func(tokenize.Article, error) bool) {
		n := 0
		for f, err := range files {
			if err != nil {
				yield(tokenize.Article{}, err)
				return
			}
			n++
			if f.over {
				// Passed over, and named: a consumer that goes on gets
				// the files after it.
				size := f.size
				if size <= int64(s.ByteLimit()) {
					size = 0 // a ZIP archive's size that the file belies
				}
				if !yield(tokenize.Article{}, s.tooLarge("the file "+f.name+" of the archive", size, "take it out and split it")) {
					return
				}
				continue
			}
			for _, a := range s.fileArticles(f.name, f.content) {
				if !yield(a, nil) {
					return
				}
			}
		}
		if n == 0 {
			yield(tokenize.Article{}, fmt.Errorf("%w: the archive holds no file, only directories", ErrNoSentences))
		}
	}
}

// archived is a file of an archive: its name in the archive, and its
// contents, or, when over, none, the file of size bytes being past the
// bound.
type archived struct {
	name, content string
	over          bool
	size          int64
}

// fileReader reads a file of an archive, of size bytes as its archive
// says: its contents, or over when it is past the bound and passed over,
// or an error that ends the reading of the archive.
type fileReader func(r io.Reader, size int64) (content string, over bool, err error)

// withinInAll reads the files of an archive up to ByteLimit in all, as
// Articles holds them all: past it, ErrTooLarge.
func (s *Summarizer) withinInAll() fileReader {
	left := s.ByteLimit()
	return func(r io.Reader, size int64) (string, bool, error) {
		content, over, err := readWithin(r, left, int(min(size, 1<<20)))
		if over {
			return "", false, s.tooLarge("what the archive's files inflate to", 0, "take the files out and give them one by one")
		}
		if left >= 0 {
			left -= len(content)
		}
		return content, false, err
	}
}

// eachWithin reads each file of an archive up to limit bytes (-1: no
// bound), as ReadArticles holds one at a time: a longer one is passed
// over, as a web archive's longer pages are, and what was read of it let
// go.
func eachWithin(limit int) fileReader {
	return func(r io.Reader, size int64) (string, bool, error) {
		content, over, err := readWithin(r, limit, int(min(size, 1<<20)))
		if over {
			return "", true, err
		}
		return content, false, err
	}
}

// tarFiles yields the files of the tar archive r, read by read, in order;
// directories, links and what a Mac adds (see isContent) are none. A cut
// ends it quietly, a file cut off being what came before the cut; a
// damaged archive, or gzip data under it, ends it with ErrDocument.
func tarFiles(r io.Reader, read fileReader) iter.Seq2[archived, error] {
	return func(yield func(archived, error) bool) {
		tr := tar.NewReader(r)
		files := 0
		for {
			h, err := tr.Next()
			if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
				return
			}
			if err != nil {
				yield(archived{}, damaged(files, err))
				return
			}
			if h.Typeflag != tar.TypeReg || !isContent(h.Name) {
				continue
			}
			files++
			content, over, err := read(tr, h.Size)
			if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
				yield(archived{}, damaged(files-1, err))
				return
			}
			if !yield(archived{name: h.Name, content: content, over: over, size: h.Size}, nil) {
				return
			}
		}
	}
}

// zipFiles yields the files of the ZIP archive z, read by read, in order;
// directories (by their names, or by their attributes alone) and what a
// Mac adds (see isContent) are none. A file that does not inflate
// (damaged, or by a method unknown) is what could be read of it.
func zipFiles(z *zip.Reader, read fileReader) iter.Seq2[archived, error] {
	return func(yield func(archived, error) bool) {
		for _, f := range z.File {
			if f.Mode().IsDir() || !isContent(f.Name) {
				continue
			}
			size := int64(min(f.UncompressedSize64, 1<<40))
			content, over := "", false
			if rc, err := f.Open(); err == nil {
				content, over, err = read(rc, size)
				rc.Close()
				if errors.Is(err, ErrTooLarge) {
					yield(archived{}, err)
					return
				}
			}
			if !yield(archived{name: f.Name, content: content, over: over, size: size}, nil) {
				return
			}
		}
	}
}

// damaged is the error that ends the reading of a tar archive after files
// of its files: ErrDocument for a damaged archive or gzip data under it, or
// err itself (a reader's, ErrTooLarge).
func damaged(files int, err error) error {
	switch {
	case packDamage(err) != "":
		return packDamaged(packDamage(err), fmt.Sprintf("after %d files", files), err)
	case errors.Is(err, tar.ErrHeader):
		return fmt.Errorf("%w: the tar archive is damaged after %d files (%v); copy or download the file again", ErrDocument, files, err)
	}
	return err
}

// packDamage names the compression whose data err says is damaged: "gzip"
// for gzip's errors or deflate's under it, "zstd" for a zstd decoder's
// (damagedData), "bzip2" for bzip2's, "" for any other error.
func packDamage(err error) string {
	switch {
	case errors.Is(err, gzip.ErrChecksum) || errors.Is(err, gzip.ErrHeader) || errors.As(err, new(flate.CorruptInputError)):
		return "gzip"
	case errors.As(err, new(*damagedData)):
		return "zstd"
	case errors.As(err, new(bzip2.StructuralError)):
		return "bzip2"
	}
	return ""
}

// packDamaged is ErrDocument for compressed data of kind (see packDamage)
// that err, the decompressor's, says is damaged where ("after 3 articles",
// "on line 7"; "" when nothing before it was read). The file is not as it
// was written, so the remedy is a whole copy.
func packDamaged(kind, where string, err error) error {
	if where != "" {
		where = " " + where
	}
	return fmt.Errorf("%w: its %s data is damaged%s (%v); copy or download the file again", ErrDocument, kind, where, err)
}

// zipAt returns the ZIP archive of files r is, for a reader that reads it
// a part at a time (an *os.File, a bytes.Reader, a strings.Reader) and
// has read none of it yet; nil for anything else, a word processor's
// document included. A ZIP archive's list of files is at its end, which a
// stream reaches only once it has read it all.
func zipAt(r io.Reader) *zip.Reader {
	ra, ok := r.(io.ReaderAt)
	if !ok {
		return nil
	}
	var size int64
	switch v := r.(type) {
	case interface {
		Len() int
		Size() int64
	}: // a bytes.Reader or a strings.Reader, unread
		if int64(v.Len()) != v.Size() {
			return nil
		}
		size = v.Size()
	case interface {
		Stat() (fs.FileInfo, error)
		Seek(int64, int) (int64, error)
	}: // a file, at its start
		info, err := v.Stat()
		if err != nil || !info.Mode().IsRegular() {
			return nil
		}
		if at, err := v.Seek(0, io.SeekCurrent); err != nil || at != 0 {
			return nil
		}
		size = info.Size()
	default:
		return nil
	}
	head := make([]byte, 4)
	if n, _ := ra.ReadAt(head, 0); n < 4 || string(head) != "PK\x03\x04" {
		return nil
	}
	z, err := zip.NewReader(ra, size)
	if err != nil || tokenize.IsOfficeZip(z) || tokenize.IsSheetZip(z) {
		return nil
	}
	return z
}

// fileArticles returns the articles of the file of an archive named name
// (see archiveArticles): as Articles reads a file, each named by name, or
// its bytes when Articles refuses it, an archive inside included.
func (s *Summarizer) fileArticles(name, content string) []tokenize.Article {
	got, err := s.articles(content, true)
	if err != nil {
		return []tokenize.Article{{Text: content, ID: name}}
	}
	for k := range got {
		switch a := &got[k]; {
		case a.ID != "":
			a.ID = name + "#" + a.ID
		case len(got) > 1:
			a.ID = name + "#" + strconv.Itoa(k+1)
		default:
			a.ID = name
		}
	}
	return got
}

// zipEnd reports whether text ends as a ZIP archive does, with the record
// that ends its directory in its last 65,557 bytes (22, and a comment of
// up to 65,535), where zip readers look for it: text that only opens with
// a file's signature («PK\x03\x04» and prose) is no archive.
func zipEnd(text string) bool {
	return strings.Contains(text[max(0, len(text)-65557):], "PK\x05\x06")
}

// isContent reports whether an archive's member named name is one of its
// files, not a directory or what a Mac leaves beside each file.
func isContent(name string) bool {
	base := path.Base(name)
	return !strings.HasSuffix(name, "/") && !strings.HasPrefix(name, "__MACOSX/") && base != ".DS_Store" && !strings.HasPrefix(base, "._")
}

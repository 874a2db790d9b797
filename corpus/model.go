package corpus

import "github.com/satzwerk/satz/segment"

// Role says what a block or segment is in its article.
type Role string

// The roles a block or segment can have.
const (
	RoleBody        Role = "body"        // running text of the article
	RoleHeading     Role = "heading"     // title, kicker, subheading
	RoleCaption     Role = "caption"     // photo caption or image label
	RoleCredit      Role = "credit"      // photo or text credit split off a caption
	RoleBoilerplate Role = "boilerplate" // ads, navigation, calls to action, bylines
)

// Document is one input article after reading, cleaning, segmentation and
// annotation. Every offset in it is a byte offset into Text.
type Document struct {
	// ID is the document's name in the output: the file's base name without
	// extension, made unique within a run.
	ID string
	// Source is the path as given ("-" for standard input).
	Source string
	// Lang is the document's language tag ("de", "en").
	Lang string
	// Text is the cleaned text. Cleaning is the only step that changes text:
	// blocks and segments are spans of Text.
	Text string
	// Blocks are the paragraphs of Text (separated by blank lines), in order.
	Blocks []Block
	// Segments are the sentences (and heading or caption lines) of all
	// blocks, in order, including those of dropped blocks.
	Segments []Segment
	// Quotes are the document's quotations; segments refer to them by index.
	Quotes []segment.Quote
	// Report says what reading and cleaning did to the input.
	Report CleanReport
	// Part is set when Build processes a large input in pieces (see
	// BuildOptions.ChunkBytes): the Document is then one piece, whose Text,
	// Blocks and Segments are that piece's, with block indices and segment
	// numbers already those of the whole document. It is nil for a
	// document processed whole.
	Part *Part
}

// Part places a piece of a large document in the whole.
type Part struct {
	// N is the piece's 0-based position; Last marks the final piece.
	N    int
	Last bool
	// Offset is the offset, in code points, of the piece's Text in the
	// whole document's cleaned text (the text JSONL offsets index).
	Offset int
}

// Block is a paragraph of a document.
type Block struct {
	// Index is the 0-based position of the paragraph in the document.
	Index int
	segment.Span
	// Role is the block's role; lines of a block may have their own (a
	// caption's credit, an ad line above a breadcrumb).
	Role Role
	// Rule names the cleaning rule that decided Role.
	Rule string
}

// Segment is a sentence, or a heading or caption line, of a document.
type Segment struct {
	// Block is the index of the segment's block in Document.Blocks.
	Block int
	// N is the segment's 0-based position within its block.
	N int
	segment.Span
	Role Role
	// Rule names the cleaning rule that decided Role.
	Rule string
	// Names are the proper nouns inside the segment (offsets in Text).
	Names []segment.Name
	// Quotes are the parts of document quotes that overlap the segment.
	Quotes []QuotePart
	// Stray holds the offsets (in Text) of quotation marks in the segment
	// that belong to no quote.
	Stray []int
}

// QuotePart is the part of a document quote that lies in one segment.
type QuotePart struct {
	// Quote is the index of the quote in Document.Quotes.
	Quote int
	// Span is the quote clipped to the segment (offsets in Text).
	segment.Span
	// HasOpen and HasClose report whether the quote's opening and closing
	// marks lie in this segment.
	HasOpen, HasClose bool
}

// Kept reports whether a segment with role r is written when boilerplate is
// dropped.
func (r Role) Kept() bool { return r != RoleBoilerplate }

package segment

import "testing"

// TestSpellingCacheLRU checks that a full set of the spelling cache gives
// a new spelling the entry of the one used longest ago, and keeps those
// used since.
func TestSpellingCacheLRU(t *testing.T) {
	d := newNameDoc("Berlin", nil, loadNameModel())
	defer d.free()
	// Spellings of one set: the same low bits. The set is emptied before
	// and after, for the pooled nameDoc keeps its cache for later tests.
	key := func(k uint64) uint64 { return k*spellCacheSets + 7 }
	set := d.cacheKeys[7*spellCacheWays : 8*spellCacheWays]
	clear(set)
	defer clear(set)
	for k := range uint64(spellCacheWays) {
		if _, found := d.lookupSpelling(key(k + 1)); found {
			t.Fatalf("spelling %d found before it was stored", k+1)
		}
	}
	// Use the first again: the second is now the oldest.
	first, found := d.lookupSpelling(key(1))
	if !found {
		t.Fatal("spelling 1 lost while the set had room")
	}
	if _, found := d.lookupSpelling(key(spellCacheWays + 1)); found {
		t.Fatal("new spelling found")
	}
	for k, want := range []bool{true, false, true, true, true} {
		i, found := d.lookupSpelling(key(uint64(k + 1)))
		if found != want {
			t.Errorf("spelling %d: found %v, want %v", k+1, found, want)
		}
		if k == 0 && i != first {
			t.Errorf("spelling 1 moved from entry %d to %d", first, i)
		}
		if !found {
			break // it took an entry: the rest of the order changed
		}
	}
}

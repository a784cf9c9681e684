package envcheck

import (
	"reflect"
	"testing"
)

func TestImportedBindings(t *testing.T) {
	src := "import A from 'a'\nimport B, { c, d as e, type T, type as, type as tt, type as as u } from 'b'\nimport * as ns from 'n'\n" +
		"import type { X } from 'x'\nimport 'side'\nconst v = import('dyn')\nimport {\n  multi,\n  line as ml\n} from 'm'\n"
	got := importedBindings(src)
	want := []string{"A", "B", "c", "e", "tt", "ns", "multi", "ml"} // source order
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("importedBindings = %q; want %q", got, want)
	}
}

func FuzzMarkupUses(f *testing.F) {
	f.Add([]byte("<script setup>\nimport A from './a'\n</script><template><A/></template>"), "import A from './a'\n")
	f.Add([]byte("<template>{{ x }}</template>"), "import {x as y, type z} from 'q'")
	f.Fuzz(func(t *testing.T, src []byte, script string) {
		out := markupUses(src, script)
		if len(out) < len(script) || out[:len(script)] != script {
			t.Fatalf("markupUses changed the script instead of appending: %q", out)
		}
	})
}

package envcheck

import (
	"reflect"
	"testing"
)

func TestNearMisses(t *testing.T) {
	vite := []string{"VITE_"}
	tests := []struct {
		name    string
		read    string
		defined []string
		want    []string
	}{
		{"same words reordered", "VITE_PUSHER_ENABLED", []string{"VITE_ENABLE_PUSHER", "VITE_PUSHER_KEY"}, []string{"VITE_ENABLE_PUSHER"}},
		{"reordered is not a typo", "VITE_ENABLE_WEBSOCKET", []string{"VITE_WEBSOCKET_ENABLED"}, []string{"VITE_WEBSOCKET_ENABLED"}},
		{"typo", "VITE_PUSHER_CLUSTR", []string{"VITE_PUSHER_CLUSTER"}, []string{"VITE_PUSHER_CLUSTER"}},
		{"extra word", "VITE_PUSHER_KEY", []string{"VITE_PUSHER_APP_KEY", "VITE_PUSHER_CLUSTER"}, []string{"VITE_PUSHER_APP_KEY"}},
		{"abbreviation", "VITE_PUSHER_AUTH_ENDPOINT", []string{"VITE_PUSHER_AUTHORIZATION_ENDPOINT"}, []string{"VITE_PUSHER_AUTHORIZATION_ENDPOINT"}},
		{"missing prefix", "VITE_API_URL", []string{"API_URL", "DATABASE_URL"}, []string{"API_URL"}},
		{"camelCase", "VITE_PUSHER_APP_KEY", []string{"VITE_pusherAppKey"}, []string{"VITE_pusherAppKey"}},
		{"equal words: closer spelling first", "VITE_PUSHER_ENABLED", []string{"VITE_ENABLE_PUSHER", "VITE_PUSHER_ENABLE"}, []string{"VITE_PUSHER_ENABLE", "VITE_ENABLE_PUSHER"}},
		{"different variable", "VITE_PUSHER_KEY", []string{"VITE_PUSHER_CLUSTER", "VITE_API_KEY"}, nil},
		{"short words need exact match", "VITE_API_URL", []string{"VITE_APP_NAME"}, nil},
		{"itself", "VITE_A", []string{"VITE_A"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := NearMisses(tt.read, tt.defined, vite, 3); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("NearMisses(%q, %q) = %q; want %q", tt.read, tt.defined, got, tt.want)
			}
		})
	}
}

func TestLevenshteinMissesReorderedWords(t *testing.T) {
	// The pair from the field notes: a plain edit distance calls these far apart.
	if d := levenshtein("VITE_PUSHER_ENABLED", "VITE_ENABLE_PUSHER"); d <= 2 {
		t.Errorf("levenshtein = %d; the word comparison is needed only if it is large", d)
	}
}

package evaluate

// DatelinePlaces exposes datelinePlaces, so that TestSigned tells Signed's
// forms apart whatever place each is dealt.
var DatelinePlaces = datelinePlaces

SIB = "sibling value"

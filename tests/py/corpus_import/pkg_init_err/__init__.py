raise ImportError("package refused to load")

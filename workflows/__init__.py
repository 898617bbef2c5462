"""The private workspace: viewflow processes run jointly by the agencies."""

"""vn_diplomacy_nlp: facts and events from Vietnamese diplomatic news."""

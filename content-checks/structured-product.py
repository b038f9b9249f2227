# definition/structured-product: no worked example, table or numeric claim to recompute.
# Dated facts checked by search: FINRA Regulatory Notice 10-09 (2010, reverse convertibles);
# SEC/FINRA alert on principal-protected notes (2 June 2011); SEC Investor Bulletin: Structured Notes (12 Jan 2015).
print("no numbers to recompute")

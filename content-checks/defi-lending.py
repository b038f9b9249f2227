# Recheck of area/defi-lending: the entry has no worked example, table or numeric claim.
# Dated facts checked by search instead: MakerDAO rebranded as Sky in 2024 (announced 27 Aug 2024).
print("area/defi-lending: no numbers to recompute (0)")

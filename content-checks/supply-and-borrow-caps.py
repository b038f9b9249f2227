# Recheck of definition/supply-and-borrow-caps
print("debt ceiling room: computed %s | text 800,000" % format(5_000_000-4_200_000, ","))

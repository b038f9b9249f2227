from _chkD import chk, done
# The area entry has no worked example; its only numeric statements are funding intervals (8 h to 1 h).
chk("settlements per day at 8 h", 24/8, 3); chk("settlements per day at 1 h", 24/1, 24)
done()

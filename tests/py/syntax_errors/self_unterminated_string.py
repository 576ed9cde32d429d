print("this file never runs")
s = "unterminated

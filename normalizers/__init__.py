"""Pure string functions shared by the pipeline.

- thai_text: repair and normalise Thai text (page text and labels)
- numbers: numbers written with Thai/Arabic digits
- dates: Thai dates, periods, fiscal years (BE)
- indicators: the ten ITA indicators and three tools, matched by name
- questions: ITA question codes (I/E/O + number)
- units: unit abbreviations, provinces, unit types, unit names in text
"""

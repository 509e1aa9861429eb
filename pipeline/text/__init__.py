"""Reading, normalization and segmentation of article text."""

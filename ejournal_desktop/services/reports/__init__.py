"""Reports: the kinds registry, their results, control reports, options, printouts, verification of printed pages and digital signatures."""

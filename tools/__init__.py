"""Repository maintenance commands (run from the repository root): ``python -m tools.<command>``.

execute  re-run notebooks in place          new    scaffold a notebook from the template
sync     regenerate READMEs, roadmap, title cells   bench  time every notebook
fork     point badges and setup cells at a fork     drift  run notebooks on newest / Colab versions
"""

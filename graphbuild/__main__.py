from graphbuild.cli import main

if __name__ == "__main__":   # worker processes (--workers) import this module again
    main()

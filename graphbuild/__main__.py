from graphbuild.cli import main

main()

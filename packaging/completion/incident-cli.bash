# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
# bash completion for incident-cli: its commands, its options, and files where a command takes them.
# Installed to <datadir>/bash-completion/completions/incident-cli (loaded on demand by bash-completion).

_incident_cli()
{
    local cur prev words cword
    _init_completion || return

    local commands="import read list export extract bench compare similar link unlink learn paths register report"
    local options="--db --json --language --published --rules --lines --automatic --format --facts --filter
        --ids --delimiter --bom --out --incidents --limit --document --incident --take --both --dry-run
        --evaluate --gold --folds --model --examples --pred --threshold --positive-weight --overdue --register --in-register --reference --attach
        --help --version"

    case $prev in
        --db|--out|--model|--examples)
            _filedir
            return
            ;;
        --rules|--gold|--pred)
            _filedir -d
            return
            ;;
        --format)
            COMPREPLY=($(compgen -W "csv json veris" -- "$cur"))
            return
            ;;
        --language)
            COMPREPLY=($(compgen -W "de en" -- "$cur"))
            return
            ;;
        --delimiter)
            COMPREPLY=($(compgen -W "',' ';' tab" -- "$cur"))
            return
            ;;
        --published|--filter|--ids|--incidents|--limit|--document|--incident|--take|--both|--folds|--threshold|--positive-weight)
            return
            ;;
    esac

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
        return
    fi

    # The first word that is not an option (nor an option's value) is the command.
    local i command=""
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            --db|--out|--rules|--format|--language|--delimiter|--published|--filter|--ids|--incidents|--limit|--document|--incident|--take|--both|--folds|--threshold|--positive-weight)
                ((i++)) ;;
            -*) ;;
            *) command=${words[i]}; break ;;
        esac
    done
    if [[ -z $command ]]; then
        COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        return
    fi
    case $command in
        import|read|extract|bench) _filedir ;;
    esac
} && complete -F _incident_cli incident-cli
